stub: upstream file of 37440 bytes
