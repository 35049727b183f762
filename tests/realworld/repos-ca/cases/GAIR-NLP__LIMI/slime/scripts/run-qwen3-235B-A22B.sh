stub: upstream file of 4611 bytes
