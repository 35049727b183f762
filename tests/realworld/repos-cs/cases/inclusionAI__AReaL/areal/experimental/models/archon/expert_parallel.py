stub: upstream file of 17653 bytes
