stub: upstream file of 16844 bytes
