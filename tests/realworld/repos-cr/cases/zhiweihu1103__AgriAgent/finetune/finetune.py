stub: upstream file of 10650 bytes
