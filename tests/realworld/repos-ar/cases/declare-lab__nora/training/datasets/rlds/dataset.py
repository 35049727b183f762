stub: upstream file of 28009 bytes
