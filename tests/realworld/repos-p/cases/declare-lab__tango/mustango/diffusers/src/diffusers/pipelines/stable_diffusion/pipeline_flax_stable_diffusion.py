stub: upstream file of 20762 bytes
