stub: upstream file of 49021 bytes
