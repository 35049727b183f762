stub: upstream file of 5687 bytes
