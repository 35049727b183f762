stub: upstream file of 31851 bytes
