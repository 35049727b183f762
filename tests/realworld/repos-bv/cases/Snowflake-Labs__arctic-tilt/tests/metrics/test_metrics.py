stub: upstream file of 16158 bytes
