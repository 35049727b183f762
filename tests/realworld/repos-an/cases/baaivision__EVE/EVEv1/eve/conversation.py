stub: upstream file of 14898 bytes
