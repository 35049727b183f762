stub: upstream file of 75893 bytes
