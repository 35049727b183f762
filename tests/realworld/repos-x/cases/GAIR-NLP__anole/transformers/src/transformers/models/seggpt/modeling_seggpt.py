stub: upstream file of 45636 bytes
