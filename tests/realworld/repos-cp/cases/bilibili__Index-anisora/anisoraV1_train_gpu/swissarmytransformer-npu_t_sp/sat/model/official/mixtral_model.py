stub: upstream file of 4902 bytes
