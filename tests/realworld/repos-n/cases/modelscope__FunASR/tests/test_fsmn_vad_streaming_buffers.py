stub: upstream file of 14477 bytes
