stub: upstream file of 24691 bytes
