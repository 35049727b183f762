stub: upstream file of 9490 bytes
