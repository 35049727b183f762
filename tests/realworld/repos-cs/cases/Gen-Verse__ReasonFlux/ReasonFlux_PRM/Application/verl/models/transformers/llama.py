stub: upstream file of 13295 bytes
