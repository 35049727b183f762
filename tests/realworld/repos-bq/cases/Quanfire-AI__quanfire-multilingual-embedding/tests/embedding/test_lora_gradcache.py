stub: upstream file of 19797 bytes
