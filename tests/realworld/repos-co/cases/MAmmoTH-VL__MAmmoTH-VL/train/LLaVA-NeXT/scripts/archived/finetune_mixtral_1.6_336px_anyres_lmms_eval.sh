stub: upstream file of 2669 bytes
