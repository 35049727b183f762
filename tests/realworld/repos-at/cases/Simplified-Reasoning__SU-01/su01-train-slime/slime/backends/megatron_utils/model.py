stub: upstream file of 35653 bytes
