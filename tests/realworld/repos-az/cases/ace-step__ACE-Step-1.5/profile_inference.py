stub: upstream file of 28092 bytes
