stub: upstream file of 17847 bytes
