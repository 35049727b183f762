stub: upstream file of 19786 bytes
