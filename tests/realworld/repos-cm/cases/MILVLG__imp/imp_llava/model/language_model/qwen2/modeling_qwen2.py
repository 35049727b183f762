stub: upstream file of 65951 bytes
