stub: upstream file of 5694 bytes
