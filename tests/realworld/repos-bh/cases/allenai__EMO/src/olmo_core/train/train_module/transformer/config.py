stub: upstream file of 12786 bytes
