stub: upstream file of 38051 bytes
