stub: upstream file of 29694 bytes
