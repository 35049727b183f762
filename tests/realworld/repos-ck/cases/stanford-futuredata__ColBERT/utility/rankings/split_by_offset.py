stub: upstream file of 1334 bytes
