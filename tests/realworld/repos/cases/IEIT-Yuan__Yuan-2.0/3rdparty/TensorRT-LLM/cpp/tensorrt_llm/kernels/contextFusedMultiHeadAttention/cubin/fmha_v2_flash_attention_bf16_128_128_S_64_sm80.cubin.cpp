stub: upstream file of 1094820 bytes
