stub: upstream file of 50051 bytes
