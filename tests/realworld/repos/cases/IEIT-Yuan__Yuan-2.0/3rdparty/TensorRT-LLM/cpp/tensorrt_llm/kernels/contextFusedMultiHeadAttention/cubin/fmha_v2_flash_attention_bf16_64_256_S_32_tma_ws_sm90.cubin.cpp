stub: upstream file of 1768872 bytes
