stub: upstream file of 57594 bytes
