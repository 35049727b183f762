stub: upstream file of 18011 bytes
