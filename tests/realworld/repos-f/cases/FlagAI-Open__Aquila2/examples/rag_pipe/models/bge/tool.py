stub: upstream file of 31847 bytes
