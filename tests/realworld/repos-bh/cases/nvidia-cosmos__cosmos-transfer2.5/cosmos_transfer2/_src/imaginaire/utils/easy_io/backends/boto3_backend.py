stub: upstream file of 31694 bytes
