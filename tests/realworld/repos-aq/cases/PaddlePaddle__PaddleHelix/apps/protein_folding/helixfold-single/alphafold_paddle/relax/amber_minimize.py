stub: upstream file of 40820 bytes
