stub: upstream file of 36418 bytes
