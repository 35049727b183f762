stub: upstream file of 24214 bytes
