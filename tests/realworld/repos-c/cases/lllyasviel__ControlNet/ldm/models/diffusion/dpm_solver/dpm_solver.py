stub: upstream file of 65969 bytes
