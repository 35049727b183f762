stub: upstream file of 10653 bytes
