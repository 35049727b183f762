stub: upstream file of 228657 bytes
