stub: upstream file of 16467 bytes
