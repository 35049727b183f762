stub: upstream file of 33067 bytes
