stub: upstream file of 7683 bytes
