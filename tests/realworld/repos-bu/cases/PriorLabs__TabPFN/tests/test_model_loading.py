stub: upstream file of 20583 bytes
