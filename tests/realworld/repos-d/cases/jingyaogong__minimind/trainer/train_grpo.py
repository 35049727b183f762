stub: upstream file of 19563 bytes
