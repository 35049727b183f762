stub: upstream file of 29832 bytes
