stub: upstream file of 10654 bytes
