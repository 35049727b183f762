stub: upstream file of 31724 bytes
