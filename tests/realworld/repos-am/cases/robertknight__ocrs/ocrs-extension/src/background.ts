stub: upstream file of 14681 bytes
