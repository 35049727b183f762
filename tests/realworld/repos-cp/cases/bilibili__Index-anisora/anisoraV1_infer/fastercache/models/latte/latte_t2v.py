stub: upstream file of 66898 bytes
