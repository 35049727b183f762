stub: upstream file of 72430 bytes
